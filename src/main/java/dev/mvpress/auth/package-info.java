/**
 * Bearer-token authentication: writes need the admin token; reads with it also see drafts and
 * scheduled posts. The token is compared in constant time and never logged.
 */
package dev.mvpress.auth;
