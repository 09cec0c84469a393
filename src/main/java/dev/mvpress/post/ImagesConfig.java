package dev.mvpress.post;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * An image CDN in front of cover and social images, read from {@code mvpress.images.*} (or
 * {@code MVPRESS_IMAGES_*}): with a URL template, responses carry a {@code srcset} of the configured widths.
 */
@ConfigMapping(prefix = "mvpress.images")
public interface ImagesConfig {

    /**
     * The URL of an image at a width, with {@code {url}} (the image's URL, percent-encoded) and {@code {width}}
     * replaced, e.g. Cloudinary {@code https://res.cloudinary.com/<cloud>/image/fetch/w_{width},f_auto/{url}}, imgix
     * {@code https://<source>.imgix.net/{url}?w={width}&auto=format}, Netlify
     * {@code /.netlify/images?url={url}&w={width}}, Vercel {@code /_next/image?url={url}&w={width}&q=75}. Unset: no
     * srcset.
     */
    Optional<String> urlTemplate();

    /** The widths of the srcset, in pixels; widths above an image's own (when known) are left out. */
    @WithDefault("480,960,1440,1920")
    List<Integer> widths();
}
