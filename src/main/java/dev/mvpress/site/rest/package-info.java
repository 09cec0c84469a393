/** GET, PUT, PATCH and DELETE /api/site, and GET /api/profile with the views it is made of (Profiles). */
package dev.mvpress.site.rest;
