package dev.mvpress.post;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

import jakarta.enterprise.context.ApplicationScoped;

import dev.mvpress.post.api.Image;
import dev.mvpress.post.api.ImageInput;

/** Images as responses carry them: with a srcset through the configured image CDN (see {@link ImagesConfig}). */
@ApplicationScoped
public class ImageUrls {

    private final Optional<String> template;
    private final List<Integer> widths;

    ImageUrls(ImagesConfig config) {
        this.template = config.urlTemplate().map(String::strip).filter(t -> !t.isEmpty());
        this.widths = config.widths().stream().filter(w -> w > 0).sorted().distinct().toList();
        template.ifPresent(t -> {
            if (!t.contains("{url}") || !t.contains("{width}")) {
                throw new IllegalStateException("mvpress.images.url-template must contain {url} and {width}: " + t);
            }
        });
    }

    /** The image with its srcset, or null for no image. */
    public Image view(ImageInput image) {
        if (image == null) {
            return null;
        }
        return new Image(image.url(), image.alt(), image.width(), image.height(), image.caption(),
                srcset(image.url(), image.width()));
    }

    /**
     * "url-at-480 480w, url-at-960 960w, ...": every configured width up to the image's own when that is known
     * (no upscaling; an image narrower than every configured width is offered at its own width).
     */
    String srcset(String url, Integer width) {
        if (template.isEmpty() || widths.isEmpty()) {
            return null;
        }
        String encoded = URLEncoder.encode(url, StandardCharsets.UTF_8);
        List<Integer> shown = width == null ? widths : widths.stream().filter(w -> w <= width).toList();
        if (shown.isEmpty()) {
            shown = List.of(width);
        }
        StringJoiner srcset = new StringJoiner(", ");
        for (int w : shown) {
            srcset.add(template.get().replace("{url}", encoded).replace("{width}", Integer.toString(w)) + " " + w + "w");
        }
        return srcset.toString();
    }
}
