/** Tag reads and the tags posts name (TagService), tag writes (TagWrites), and every tag statement (TagQueries). */
package dev.mvpress.tag.service;
