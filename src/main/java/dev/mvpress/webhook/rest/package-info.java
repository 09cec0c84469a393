/** /api/webhooks: registering endpoints, their secrets, deliveries, redelivery and the ping (admin scope). */
package dev.mvpress.webhook.rest;
