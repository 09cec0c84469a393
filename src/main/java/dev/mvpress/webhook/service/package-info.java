/**
 * The work behind webhooks: turning the change log into events for each audience (EventFanout, a tick
 * step), rendering their payloads with the API's own views, and delivering them.
 */
package dev.mvpress.webhook.service;
