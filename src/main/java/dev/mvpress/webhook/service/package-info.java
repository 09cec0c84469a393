/**
 * Endpoints (registering, rules, secrets), deliveries (listing, redelivery, ping), and the tick steps that
 * deliver due messages (claims, signed HTTP calls, retries, disabling) and prune old ones; WebhookQueries
 * holds every statement.
 */
package dev.mvpress.webhook.service;
