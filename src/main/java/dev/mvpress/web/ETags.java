package dev.mvpress.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Strong entity tags: a hash of the exact bytes of a representation, so any change to it changes the tag. The hash is
 * two CRCs of different polynomials (CRC-32C and CRC-32) and the length: 64 bits of checksum that the processor
 * computes (both are intrinsics, in C1 too), where SHA-256 in C1's interpreted Java cost a tenth of a post page's CPU
 * time. A tag tells versions of one resource apart, for caches and for If-Match; it is not a signature: nothing is
 * secret or authenticated by it.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(byte[] representation) {
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(representation);
        CRC32 ieee = new CRC32();
        ieee.update(representation);
        byte[] tag = ByteBuffer.allocate(12).putInt((int) castagnoli.getValue()).putInt((int) ieee.getValue())
                .putInt(representation.length).array();
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(tag) + "\"";
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
