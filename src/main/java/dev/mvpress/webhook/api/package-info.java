/** Webhook records: the JSON bodies that endpoints receive and the views of endpoints and deliveries. */
package dev.mvpress.webhook.api;
