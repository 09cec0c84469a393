/**
 * What every resource shares: RFC 9457 problem responses, paging with RFC 8288 links,
 * JSON Merge Patch and request-parameter parsing that fails with a 400 naming the parameter.
 */
package dev.mvpress.web;
