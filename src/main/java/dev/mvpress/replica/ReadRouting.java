package dev.mvpress.replica;

import jakarta.enterprise.context.RequestScoped;

/** Whether this request's reads may be served by the replica: set once, before any read, by {@link ReplicaReads}. */
@RequestScoped
public class ReadRouting {

    private boolean replica;

    public boolean replica() {
        return replica;
    }

    void useReplica() {
        this.replica = true;
    }
}
