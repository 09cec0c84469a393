/**
 * Periodic work without a background job that correctness needs: a tick (in-process scheduler or
 * POST /api/tick from a platform scheduler) emits went-live events and delivers due webhooks.
 */
package dev.mvpress.jobs;
