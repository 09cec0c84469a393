/** Reading and writing the one row of site settings, with the configuration as its defaults. */
package dev.mvpress.site.service;
