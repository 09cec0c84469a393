package dev.mvpress.change;

import dev.mvpress.kernel.SqlValues;

/** The one place rows of ChangeQueries become {@link Change}s. */
final class ChangeViews {

    private ChangeViews() {
    }

    /** A row of ChangeQueries#since. */
    static Change logged(Object[] row) {
        return new Change((String) row[2], row[3].toString(), (String) row[4], (String) row[5], (String) row[6],
                SqlValues.instant(row[7]));
    }

    /** A row of ChangeQueries#wentLive: a scheduled post (or page) going live shows as an update. */
    static Change postWentLive(Object[] post) {
        return new Change((String) post[3], post[0].toString(), (String) post[1], null, "updated",
                SqlValues.instant(post[2]));
    }

    /** A row of ChangeQueries#entriesOfPosts: an entry becomes visible with its post. */
    static Change entryWentLive(Object[] entry) {
        return new Change("contribution", entry[0].toString(), null, null, "updated", SqlValues.instant(entry[2]));
    }
}
