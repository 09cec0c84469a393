/** The series JSON views and input: a series as listed, with its parts, as named on a post, and a post's place in it. */
package dev.mvpress.series.api;
