/**
 * HTTP concerns every resource shares: RFC 9457 problem responses, RFC 8288 paging links, conditional
 * requests, CORS, strict request bodies and query parameters, and the OpenAPI document's frame.
 */
package dev.mvpress.web;
