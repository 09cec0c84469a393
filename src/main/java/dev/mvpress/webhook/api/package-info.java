/** What /api/webhooks reads and answers: an endpoint's input and view, deliveries and their attempts. */
package dev.mvpress.webhook.api;
