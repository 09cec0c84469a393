/**
 * Webhook records: what /api/webhooks reads and answers (an endpoint's input and view, deliveries and their
 * attempts) and the JSON bodies endpoints receive (events and tombstones).
 */
package dev.mvpress.webhook.api;
