package dev.mvpress.post.service;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

import dev.mvpress.kernel.Slugs;
import dev.mvpress.kernel.TimeSource;
import dev.mvpress.post.Post;
import dev.mvpress.post.PostSlugAlias;
import dev.mvpress.post.PreviewConfig;
import dev.mvpress.post.Visibility;
import dev.mvpress.web.Problem;
import dev.mvpress.web.ProblemException;
import dev.mvpress.web.ProblemType;

/**
 * Preview links: issuing one for a post, and finding the post a link opens. Refusals are chosen so that a
 * link proves nothing about posts it is not for:
 * <ul>
 * <li>403 naming {@code preview} for a token that is not one of ours (malformed, cut short, altered, signed
 * with a secret this server no longer has), that has expired, or that is for another post. The token is
 * checked before any post is looked up, and the slug is only compared with the post the link is for, so the
 * answer is the same whether or not a draft exists at that slug. Not 401: the link is no HTTP credential
 * (401 would demand a WWW-Authenticate challenge the link cannot answer). Not 404: a frontend must be able
 * to tell "this link no longer works" from "this post does not exist" to say which to its reader.</li>
 * <li>404 when the post of a genuine link has been deleted: only a holder of a genuine link learns it.</li>
 * <li>503 naming {@code mvpress.preview.secret} when no secret is configured: links are off.</li>
 * <li>400 naming {@code preview} for a blank value (an empty one never gets here: empty is absent, the plain
 * read), naming {@code expiresIn} for a lifetime out of range.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PreviewLinks {

    /** The longest a link may work. */
    public static final Duration MAX_LIFETIME = Duration.ofDays(30);
    /** What a preview answer carries: it is for one person and must not be kept by any cache. */
    public static final String CACHE_CONTROL = "private, no-store";

    private static final String UNCONFIGURED = "Preview links are off: mvpress.preview.secret (MVPRESS_PREVIEW_SECRET)"
            + " is not set; set it to a secret of at least " + PreviewSigner.MIN_KEY_BYTES
            + " bytes (openssl rand -base64 48) on every instance";
    private static final String LIFETIME_SYNTAX = "must be an ISO-8601 duration such as PT2H, P7D or P1DT12H";

    private final Optional<PreviewSigner> signer;
    private final Duration defaultLifetime;
    private final Optional<String> urlTemplate;
    private final PostReads reads;
    private final PostQueries queries;
    private final TimeSource time;

    PreviewLinks(PreviewConfig config, PostReads reads, PostQueries queries, TimeSource time) {
        this.signer = signer(config.secret());
        this.defaultLifetime = checkedDefault(config.defaultLifetime());
        this.urlTemplate = checkedTemplate(config.urlTemplate());
        this.reads = reads;
        this.queries = queries;
        this.time = time;
    }

    /** Created at start (a bad secret stops the start, not the first preview); says when links are off. */
    void announce(@Observes StartupEvent event) {
        if (signer.isEmpty()) {
            Log.info("MVPRESS_PREVIEW_SECRET is not set: preview links are off (503) until it is.");
        }
    }

    /** A link that was made: its token and when it stops working, for the post it names. */
    public record Issued(String token, Instant expiresAt, UUID postId, String slug) {
    }

    /**
     * A link to the post at this slug, or to the post an old slug of it leads to (the link names the post,
     * not the slug, and the answer names the current slug), working for {@code expiresIn} (ISO-8601; null: the
     * default). Empty when no post has or had the slug.
     */
    public Optional<Issued> issue(String slug, String expiresIn) {
        PreviewSigner key = signer.orElseThrow(PreviewLinks::unconfigured);
        Duration lifetime = lifetime(expiresIn, defaultLifetime);
        PostReads.Lookup lookup = reads.findPostBySlug(slug, Visibility.ALL);
        Optional<Post> post = lookup instanceof PostReads.Lookup.Found found ? Optional.of(found.post())
                : lookup instanceof PostReads.Lookup.MovedTo moved ? queries.postBySlug(moved.slug()) : Optional.empty();
        // Whole seconds, rounded down: the expiry the token carries, and still at least a second away.
        Instant expiresAt = time.now().plus(lifetime).truncatedTo(ChronoUnit.SECONDS);
        return post.map(p -> new Issued(key.sign(p.id, expiresAt), expiresAt, p.id, p.slug));
    }

    /** The frontend's draft-mode URL for a link, from mvpress.preview.url-template, if configured. */
    public Optional<String> frontendUrl(String slug, String token) {
        return urlTemplate.map(t -> t.replace("{slug}", slug).replace("{token}", token));
    }

    /**
     * The post a preview link opens at this slug: found (the slug is its current one), moved (the slug is an
     * old one of it), or a problem (see the class comment).
     */
    public PostReads.Lookup open(String slug, String token) {
        PreviewSigner key = signer.orElseThrow(PreviewLinks::unconfigured);
        if (token.isBlank()) {
            throw ProblemException.invalid("preview", "must not be blank: it is the token of a preview link");
        }
        PreviewSigner.Claims claims = key.verify(token).orElseThrow(() -> refused("is not a valid preview link"
                + " (it was altered or cut short, or the preview secret has changed since it was made)"));
        if (!time.now().isBefore(claims.expiresAt())) {
            throw refused("expired at " + claims.expiresAt() + "; ask for a new preview link");
        }
        Post post = Post.findById(claims.post());
        if (post == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "The post of this preview link no longer exists",
                    List.of(new Problem.FieldError("preview", "is for a post that was deleted")));
        }
        if (post.slug.equals(slug)) {
            return new PostReads.Lookup.Found(post);
        }
        Optional<PostSlugAlias> alias = Slugs.valid(slug) ? PostSlugAlias.findByIdOptional(slug) : Optional.empty();
        if (alias.isPresent() && alias.get().postId.equals(post.id)) {
            return new PostReads.Lookup.MovedTo(post.slug);
        }
        throw refused("is a preview link for another post");
    }

    /**
     * How long a link works: {@code expiresIn} as ISO-8601 text ({@code "PT2H"}, {@code "P7D"}), from one second to
     * {@link #MAX_LIFETIME}; the fallback when it is absent or null.
     */
    static Duration lifetime(String expiresIn, Duration fallback) {
        if (expiresIn == null) {
            return fallback;
        }
        Duration lifetime;
        try {
            lifetime = Duration.parse(expiresIn.strip());
        } catch (DateTimeParseException | ArithmeticException e) {
            throw ProblemException.invalid("expiresIn", LIFETIME_SYNTAX + "; got '" + expiresIn + "'");
        }
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw ProblemException.invalid("expiresIn", "must be positive; got " + lifetime);
        }
        if (lifetime.compareTo(Duration.ofSeconds(1)) < 0) {
            throw ProblemException.invalid("expiresIn", "must be at least one second (PT1S); got " + lifetime);
        }
        if (lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw ProblemException.invalid("expiresIn", "must be at most P30D (30 days); got " + lifetime);
        }
        return lifetime;
    }

    /**
     * The signer of a configured secret (its UTF-8 bytes, surrounding whitespace removed), none when unset or
     * blank. A secret that is too short stops the start; the message gives its length, never its value.
     */
    public static Optional<PreviewSigner> signer(Optional<String> secret) {
        Optional<byte[]> key = secret.map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.getBytes(StandardCharsets.UTF_8));
        if (key.isPresent() && key.get().length < PreviewSigner.MIN_KEY_BYTES) {
            throw new IllegalStateException("mvpress.preview.secret (MVPRESS_PREVIEW_SECRET) is " + key.get().length
                    + " bytes long; a preview secret needs at least " + PreviewSigner.MIN_KEY_BYTES
                    + " bytes: generate one with openssl rand -base64 48");
        }
        return key.map(PreviewSigner::new);
    }

    static Duration checkedDefault(Duration lifetime) {
        if (lifetime.compareTo(Duration.ofSeconds(1)) < 0 || lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw new IllegalStateException("mvpress.preview.default-lifetime must be from 1S to 30D; it is " + lifetime);
        }
        return lifetime;
    }

    static Optional<String> checkedTemplate(Optional<String> template) {
        Optional<String> set = template.map(String::strip).filter(t -> !t.isEmpty());
        if (set.isPresent() && !set.get().contains("{token}")) {
            throw new IllegalStateException("mvpress.preview.url-template must contain {token} (and usually {slug}),"
                    + " e.g. https://example.com/api/draft?slug={slug}&secret={token}; it is " + set.get());
        }
        return set;
    }

    private static ProblemException unconfigured() {
        return new ProblemException(ProblemType.UNAVAILABLE, UNCONFIGURED);
    }

    private static ProblemException refused(String message) {
        return new ProblemException(ProblemType.FORBIDDEN, "preview: " + message,
                List.of(new Problem.FieldError("preview", message)));
    }
}
