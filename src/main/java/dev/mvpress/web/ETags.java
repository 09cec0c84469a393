package dev.mvpress.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Strong entity tags: a hash of the exact bytes of a representation, so any change to it changes the tag. */
public final class ETags {

    private ETags() {
    }

    public static String of(byte[] representation) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(representation);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The bytes a representation is sent as: text as UTF-8, anything else as JSON. */
    public static byte[] bytes(ObjectMapper json, Object representation) {
        if (representation instanceof byte[] raw) {
            return raw;
        }
        if (representation instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsBytes(representation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A representation could not be serialized", e);
        }
    }

    /** RFC 9110 strong comparison against an If-Match or If-None-Match list ({@code *} matches anything). */
    public static boolean listMatches(String header, String etag) {
        if (header == null) {
            return false;
        }
        for (String candidate : header.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** Weak comparison, for If-None-Match: W/"x" matches "x". */
    public static boolean listMatchesWeakly(String header, String etag) {
        if (header == null) {
            return false;
        }
        for (String candidate : header.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
