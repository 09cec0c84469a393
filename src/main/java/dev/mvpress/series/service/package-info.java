/**
 * Series reads and the series posts name (SeriesService), each post's place in its series (SeriesNav), renaming a
 * series (SeriesWrites), and every series statement (SeriesQueries).
 */
package dev.mvpress.series.service;
