/** Reading and writing the one row of site settings, with the configuration as its defaults, and the profile page. */
package dev.mvpress.site.service;
