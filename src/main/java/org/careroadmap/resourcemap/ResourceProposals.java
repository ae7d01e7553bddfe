package org.careroadmap.resourcemap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.careroadmap.platform.Actor;
import org.careroadmap.platform.FieldProblem;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.platform.InvalidValueException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * A provider (事業所) proposes changes to its own resource; the municipality's editor sees the difference
 * field by field and takes or leaves each field. Nothing of a proposal is in the resource before that
 * decision; the history records who proposed and who decided.
 */
@Service
public class ResourceProposals {

    private final ProposalStore store;
    private final ProviderLinks links;
    private final ResourceMapContext context;

    ResourceProposals(ProposalStore store, ProviderLinks links, ResourceMapContext context) {
        this.store = store;
        this.links = links;
        this.context = context;
    }

    /** A proposal with the fields it would change in the resource as it stands now. */
    public record Review(Proposal proposal, Resource resource, List<ContentFields.Change> changes) {
    }

    /** Keeps the provider's proposed content (every field read and checked as the editor's form is) for the editor. */
    @Transactional
    public long propose(long resourceId, Map<String, String> fields, @Nullable String note) {
        Resource resource = links.requireOwn(resourceId);
        Actor provider = links.requireProviderRole();
        Map<String, String> proposed = new LinkedHashMap<>(fields);
        // The open-data ID ties the resource to the national files: the municipality keeps it.
        proposed.put("sourceId", resource.content().sourceId());
        ResourceContent content = checked(resource.municipalityCode(), proposed);
        List<ContentFields.Change> changes = ContentFields.changes(resource.content(), content);
        if (changes.isEmpty()) {
            throw new InvalidValueException("resourcemap.proposal.nothing");
        }
        Instant now = context.resources().clock().instant();
        long id = store.insert(resourceId, resource.municipalityCode(), ContentFields.of(content), cleanNote(note),
                provider.recordedName(), now);
        context.history().record(resourceId, resource.municipalityCode(), "proposed", ContentFields.describe(changes),
                provider.recordedName(), now);
        context.events().publishEvent(new ResourceProposed(resourceId, provider.recordedName(), now));
        return id;
    }

    /** The proposals waiting in a municipality, oldest first, for its editor. */
    @Transactional(readOnly = true)
    public List<Proposal> pending(String municipalityCode) {
        context.resources().requireEditor(municipalityCode);
        return store.pendingIn(municipalityCode);
    }

    /** The signed-in provider's latest proposals (waiting and decided), newest first. */
    @Transactional(readOnly = true)
    public List<Proposal> ownLatest() {
        return store.latestOf(links.ownResources().stream().map(Resource::id).toList(), 20);
    }

    /** A proposal and its field-by-field difference, for the municipality's editor. */
    @Transactional(readOnly = true)
    public Review review(long proposalId) {
        context.resources().requireEditorRole();
        Proposal proposal = find(proposalId);
        context.resources().requireEditor(proposal.municipalityCode());
        Resource current = context.resources().get(proposal.resourceId());
        return new Review(proposal, current, ContentFields.changes(ContentFields.of(current.content()), proposal.fields()));
    }

    /** The signed-in provider's own proposal with its difference (what the provider just sent, read back). */
    @Transactional(readOnly = true)
    public Review reviewOwn(long proposalId) {
        Proposal proposal = find(proposalId);
        Resource current = links.requireOwn(proposal.resourceId());
        return new Review(proposal, current, ContentFields.changes(ContentFields.of(current.content()), proposal.fields()));
    }

    /**
     * Takes the {@code accepted} fields of the proposal into the resource (which also confirms it) and leaves
     * the others; none accepted rejects the proposal. All or nothing: a stale resource or a proposal decided
     * meanwhile is a 409 and changes nothing.
     */
    @Transactional
    public void decide(long proposalId, Set<String> accepted, @Nullable String reason) {
        Review review = review(proposalId);
        Actor editor = context.resources().requireEditor(review.proposal().municipalityCode());
        Resource current = review.resource();
        Map<String, String> merged = new LinkedHashMap<>(ContentFields.of(current.content()));
        List<ContentFields.Change> taken = new ArrayList<>();
        List<ContentFields.Change> left = new ArrayList<>();
        for (ContentFields.Change change : review.changes()) {
            (accepted.contains(change.field()) ? taken : left).add(change);
            if (accepted.contains(change.field())) {
                merged.put(change.field(), change.after());
            }
        }
        if (!taken.isEmpty()) {
            context.resources().update(current.id(), current.version(), checked(current.municipalityCode(), merged));
        }
        String status = taken.isEmpty() ? "REJECTED" : left.isEmpty() ? "APPROVED" : "PARTIAL";
        String decision = decisionText(review.proposal(), taken, left, cleanNote(reason));
        Instant now = context.resources().clock().instant();
        if (!store.decide(proposalId, status, editor.recordedName(), now, decision)) {
            throw ProposalPendingException.alreadyDecided(proposalId);
        }
        context.history().record(current.id(), current.municipalityCode(), "proposal" + status, decision, editor.recordedName(), now);
    }

    private Proposal find(long proposalId) {
        return store.find(proposalId).orElseThrow(() -> new ResourceNotFoundException("proposal " + proposalId));
    }

    private ResourceContent checked(String municipalityCode, Map<String, String> fields) {
        ContentFields.Parsed parsed = ContentFields.parse(fields);
        if (parsed.content() == null) {
            throw new InvalidInputException(parsed.problems());
        }
        String kind = parsed.content().kindCode();
        if (context.resources().kinds(municipalityCode.substring(0, 2)).stream().noneMatch(k -> k.code().equals(kind))) {
            throw new InvalidInputException(List.of(new FieldProblem("kind", "resourcemap.kind.unknown", List.of(kind))));
        }
        context.resources().checkArea(municipalityCode, parsed.content());
        return parsed.content();
    }

    private static String decisionText(Proposal proposal, List<ContentFields.Change> taken, List<ContentFields.Change> left,
                                       @Nullable String reason) {
        StringBuilder text = new StringBuilder("proposedBy: ").append(proposal.proposedBy()).append('\n');
        text.append("accepted:\n").append(ContentFields.describe(taken));
        text.append("rejected:\n").append(ContentFields.describe(left));
        if (reason != null) {
            text.append("reason: ").append(reason).append('\n');
        }
        return text.length() > 39000 ? text.substring(0, 39000) : text.toString();
    }

    private static @Nullable String cleanNote(@Nullable String note) {
        String text = Texts.clean(note);
        if (text != null && Texts.formulaLike(text)) {
            throw new InvalidValueException("resourcemap.field.formula", text);
        }
        return text == null ? null : Texts.limit(text, 1000, "note");
    }
}
