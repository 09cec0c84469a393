package dev.mvpress.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** What a reader sees of a post at a given moment; plain JUnit, no application. */
class PostStatusTest {

    private static final Instant RELEASE = Instant.parse("2026-03-14T09:00:00Z");

    @Test
    void aScheduledPostBecomesPublishedWhenItsTimeComes() {
        assertEquals(PostStatus.SCHEDULED, PostStatus.effective(PostStatus.SCHEDULED, RELEASE, RELEASE.minusMillis(1)));
        assertEquals(PostStatus.PUBLISHED, PostStatus.effective(PostStatus.SCHEDULED, RELEASE, RELEASE));
        assertEquals(PostStatus.PUBLISHED,
                PostStatus.effective(PostStatus.SCHEDULED, RELEASE, RELEASE.plus(Duration.ofDays(400))));
    }

    @Test
    void aDraftStaysADraftWhateverItsDate() {
        assertEquals(PostStatus.DRAFT, PostStatus.effective(PostStatus.DRAFT, RELEASE, RELEASE.plusSeconds(1)));
        assertEquals(PostStatus.DRAFT, PostStatus.effective(PostStatus.DRAFT, RELEASE, RELEASE.minusSeconds(1)));
        assertEquals(PostStatus.DRAFT, PostStatus.effective(PostStatus.DRAFT, null, RELEASE));
    }

    @Test
    void aPublishedPostDatedInTheFutureIsShownAsScheduledUntilThen() {
        assertEquals(PostStatus.SCHEDULED, PostStatus.effective(PostStatus.PUBLISHED, RELEASE, RELEASE.minusSeconds(1)));
        assertEquals(PostStatus.PUBLISHED, PostStatus.effective(PostStatus.PUBLISHED, RELEASE, RELEASE));
    }

    @Test
    void onlyAPublishedPostIsVisibleToThePublic() {
        Post post = new Post();
        post.status = PostStatus.SCHEDULED;
        post.publishedAt = RELEASE;
        assertFalse(Visibility.isPublic(post, RELEASE.minusSeconds(1)));
        assertTrue(Visibility.isPublic(post, RELEASE));
        post.status = PostStatus.DRAFT;
        assertFalse(Visibility.isPublic(post, RELEASE.plusSeconds(1)));
    }

    @Test
    void statusesReadAndWriteAsLowercaseWords() {
        for (PostStatus status : PostStatus.values()) {
            assertEquals(status, PostStatus.fromJson(status.toString()));
        }
        assertEquals("scheduled", PostStatus.SCHEDULED.toString());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> PostStatus.fromJson("Published"));
        assertEquals("'Published' is not one of draft, scheduled, published", refused.getMessage());
    }
}
