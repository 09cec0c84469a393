/**
 * What an operator watches: MVPress's own Prometheus counters and the HTTP metrics' bounds (served on the management
 * interface, docs/deploy.md), and the request id and W3C trace id that every request's log lines carry.
 */
package dev.mvpress.ops;
