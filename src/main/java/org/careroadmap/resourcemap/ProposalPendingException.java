package org.careroadmap.resourcemap;

/**
 * The resource already has a proposal waiting for the editor, or the proposal was decided meanwhile (the
 * database's one-pending constraint, or a decision on a proposal no longer pending). Answered with 409.
 */
public class ProposalPendingException extends ResourceChangedException {

    private final String key;

    public ProposalPendingException(String what, String key) {
        super(what);
        this.key = key;
    }

    /** A second proposal for the same resource while one waits. */
    static ProposalPendingException alreadyWaiting(long resourceId) {
        return new ProposalPendingException("proposal waiting for resource " + resourceId, "resourcemap.proposal.pending");
    }

    /** A decision on a proposal someone decided meanwhile. */
    static ProposalPendingException alreadyDecided(long proposalId) {
        return new ProposalPendingException("proposal " + proposalId + " decided", "resourcemap.proposal.decided");
    }

    @Override
    public String detailKey() {
        return key;
    }
}
