/**
 * The work behind webhooks: turning the change log into events for each audience (EventFanout, a tick step,
 * its payloads rendered with the API's own views, EventQueries), endpoints (registering, rules, secrets),
 * deliveries (listing, redelivery, ping), and the tick steps that deliver due messages (claims, signed HTTP
 * calls, retries, disabling) and prune old ones (WebhookQueries).
 */
package dev.mvpress.webhook.service;
