package dev.mvpress.post;

import java.time.Instant;

import jakarta.persistence.Query;

import dev.mvpress.contribution.Contribution;

/**
 * What a caller may see, and the one statement of the rule "visible to the public", in SQL and in
 * Java. {@link #PUBLIC}: a post that is not a draft and whose publishedAt is at or before now (a
 * scheduled post is public from its time on); a contribution that is not private and whose linked
 * post, if any, is public; a tag while a public post carries it. {@link #ALL}: everything, for a
 * caller with drafts:read.
 *
 * <p>
 * Every query that filters by visibility uses the fragments below, and every Java decision the
 * {@code isPublic} methods; {@code VisibilityRuleTest} checks that both say the same of the same rows
 * at the same instant. The change log's triggers (migrations V4 and V9) hold their own copy of the
 * rule, evaluated at the database's now(): migrations are history and are not edited.
 */
public enum Visibility {
    /** Only what anyone may see. */
    PUBLIC,
    /** Drafts, scheduled posts, private contributions and private fields included. */
    ALL;

    /** Native SQL: the post aliased {@code p} is public at the parameter {@code :now}. */
    public static final String POST_SQL = postSql("p", "now");

    /**
     * Native SQL: the post aliased {@code p} is not a draft and its time is after {@code :now} (a
     * scheduled post not yet public). With {@link #POST_SQL} it divides the posts that are not drafts.
     */
    public static final String SCHEDULED_POST_SQL = "p.status <> 'draft' and p.published_at > :now";

    /**
     * Native SQL: the post of the {@code post_tag} row aliased {@code pt} is public at {@code :now}.
     * post_tag.published_at holds the post's publishedAt while the post is not a draft and is null for
     * a draft (kept by the V8 triggers), so this is {@link #POST_SQL} read off the tag link, which
     * lets a tag's newest public posts come off one index.
     */
    public static final String TAGGED_POST_SQL = "pt.published_at <= :now";

    /** Native SQL: as {@link #TAGGED_POST_SQL}, the tagged post is scheduled for after {@code :now}. */
    public static final String TAGGED_SCHEDULED_POST_SQL = "pt.published_at > :now";

    /**
     * JPQL: the Post aliased {@code p} is public. Parameters {@code :draft} and {@code :now}: bind
     * them with {@link #bind}.
     */
    public static final String POST_JPQL = "p.status <> :draft and p.publishedAt <= :now";

    /**
     * Native SQL: the contribution aliased {@code c} is public at {@code :now} (its post, if any, is
     * looked up as {@code p} inside the fragment). The post is read by its key for each linked entry the
     * statement reaches, as a scalar subquery (false for none), which PostgreSQL never turns into a hash
     * of every public post (it did so for an {@code exists} here, reading the whole post table for one
     * year's export).
     */
    public static final String CONTRIBUTION_SQL = "c.private = false and (c.post_id is null or coalesce((select "
            + POST_SQL + " from post p where p.id = c.post_id), false))";

    /** Native SQL: the post aliased {@code alias} is public at the parameter named {@code param}. */
    public static String postSql(String alias, String param) {
        return alias + ".status <> 'draft' and " + alias + ".published_at <= :" + param;
    }

    /** Sets the parameters of {@link #POST_JPQL}. */
    public static <Q extends Query> Q bind(Q query, Instant now) {
        query.setParameter("draft", PostStatus.DRAFT).setParameter("now", now);
        return query;
    }

    /** The visibility of a caller that does ({@code true}) or does not see hidden content. */
    public static Visibility of(boolean seesHidden) {
        return seesHidden ? ALL : PUBLIC;
    }

    /** Everything is shown, hidden content included. */
    public boolean all() {
        return this == ALL;
    }

    /** The Java side of {@link #POST_SQL}. */
    public static boolean isPublic(PostStatus status, Instant publishedAt, Instant now) {
        return status != PostStatus.DRAFT && publishedAt != null && !publishedAt.isAfter(now);
    }

    public static boolean isPublic(Post post, Instant now) {
        return isPublic(post.status, post.publishedAt, now);
    }

    /** The Java side of {@link #CONTRIBUTION_SQL}. */
    public static boolean isPublic(Contribution contribution, Instant now) {
        return !contribution.privateEntry && (contribution.post == null || isPublic(contribution.post, now));
    }

    /** Whether this caller sees the post at {@code now}. */
    public boolean shows(PostStatus status, Instant publishedAt, Instant now) {
        return this == ALL || isPublic(status, publishedAt, now);
    }

    public boolean shows(Post post, Instant now) {
        return this == ALL || isPublic(post, now);
    }

    public boolean shows(Contribution contribution, Instant now) {
        return this == ALL || isPublic(contribution, now);
    }

    /** Whether this caller sees a tag that {@code publicPosts} public posts carry. */
    public boolean showsTag(long publicPosts) {
        return this == ALL || publicPosts > 0;
    }
}
