/**
 * Bearer tokens (the admin token and managed, scoped ones) and who may call what: each resource method
 * declares {@link dev.mvpress.auth.Access} or {@link dev.mvpress.auth.PublicRead}; the filter enforces
 * it and the OpenAPI document's security is generated from it. Tokens are compared in constant time and never logged.
 */
package dev.mvpress.auth;
