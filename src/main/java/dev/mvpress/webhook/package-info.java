/**
 * Webhooks and deploy hooks: endpoints an admin registers, the events the change log yields for them,
 * and durable, signed delivery (Standard Webhooks) with retries, claims any instance can take over,
 * and coalesced calls to static hosts' build hooks.
 */
package dev.mvpress.webhook;
