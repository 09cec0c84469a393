/** GET, PUT, PATCH and DELETE /api/site, and GET /api/profile. */
package dev.mvpress.site.rest;
