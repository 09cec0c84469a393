/**
 * MVPress: a headless content API for blog posts, tags and Microsoft MVP contributions.
 * One package per feature; {@code web} holds what every resource shares.
 */
package dev.mvpress;
