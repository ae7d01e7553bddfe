package org.careroadmap.resourcemap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.careroadmap.platform.Actor;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InvalidValueException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * The yearly 確認依頼 round (毎年、内容の確認を行い、情報を更新する): the municipality's editor asks every
 * resource to be confirmed or corrected by a deadline, sees who answered, and reminds those who did not; a
 * provider answers by confirming its entry as it stands or by proposing changes.
 */
@Service
public class ConfirmationRounds {

    static final String CONFIRMED = "confirmed";
    static final String PROPOSED = "proposed";

    private final ConfirmationRoundStore store;
    private final ResourceStore resourceStore;
    private final ResourceService resources;
    private final ResourceHistory history;
    private final ProviderLinks links;
    private final ApplicationEventPublisher events;

    ConfirmationRounds(ConfirmationRoundStore store, ResourceStore resourceStore, ResourceService resources,
                       ResourceHistory history, ProviderLinks links, ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.resourceStore = resourceStore;
        this.resources = resources;
        this.history = history;
        this.links = links;
    }

    /** Starts this fiscal year's round (or the given one's); a second round for the same year is a 409. */
    @Transactional
    public long start(String municipalityCode, @Nullable String fiscalYear, @Nullable String deadline) {
        Actor editor = resources.requireEditor(municipalityCode);
        FiscalYear year = fiscalYear == null || fiscalYear.isBlank() ? FiscalYear.containing(resources.today())
                : FiscalYear.parse(fiscalYear);
        LocalDate due = deadline(deadline);
        return store.start(municipalityCode, year, due, editor.recordedName(), resources.clock().instant());
    }

    private LocalDate deadline(@Nullable String text) {
        LocalDate due;
        try {
            due = LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("resourcemap.round.deadline.invalid", text == null ? "" : text.strip());
        }
        if (due.isBefore(resources.today())) {
            throw new InvalidValueException("resourcemap.round.deadline.past", due.toString());
        }
        return due;
    }

    /** The municipality's latest round with every request, for its editor. */
    @Transactional(readOnly = true)
    public Optional<ConfirmationRound> latest(String municipalityCode) {
        resources.requireEditor(municipalityCode);
        return store.latest(municipalityCode);
    }

    /**
     * Reminds the providers who have not answered: the reminder is recorded on the round, each such provider
     * sees it with the deadline on its own page, and (after commit) in its inbox and — where an SMTP server is
     * configured and the account has an address — by e-mail. Returns how many requests are still open.
     */
    @Transactional
    public long remind(long roundId) {
        resources.requireEditorRole();
        ConfirmationRound round = store.find(roundId).orElseThrow(() -> new ResourceNotFoundException("round " + roundId));
        resources.requireEditor(round.municipalityCode());
        store.remind(roundId, resources.clock().instant());
        events.publishEvent(new ConfirmationRoundReminded(roundId, round.municipalityCode(), round.fiscalYear().value(),
                round.deadline(), round.reminders() + 1, store.providersOfOpenRequests(roundId)));
        return round.open();
    }

    /** The provider's answer "still true as it stands": the entry's confirmation date becomes today. */
    @Transactional
    public void confirmAsIs(long resourceId, long version) {
        Resource resource = links.requireOwn(resourceId);
        Actor provider = links.requireProviderRole();
        Instant now = resources.clock().instant();
        if (!resourceStore.confirm(resourceId, version, resources.today(), provider.recordedName(), now)) {
            throw new ResourceChangedException("resource " + resourceId);
        }
        history.record(resourceId, resource.municipalityCode(), "confirmed", "confirmedOn: " + resources.today(),
                provider.recordedName(), now);
        store.answer(resourceId, CONFIRMED, provider.recordedName(), now);
    }

    /** The open requests of the signed-in provider's resources: resource id → its round. */
    @Transactional(readOnly = true)
    public Map<Long, ConfirmationRound> openForProvider(List<Resource> own) {
        Map<Long, ConfirmationRound> open = new LinkedHashMap<>();
        for (Resource resource : own) {
            store.openRoundOf(resource.id()).ifPresent(round -> open.put(resource.id(), round));
        }
        return open;
    }

    /** One round with every request, for its municipality's editor. */
    @Transactional(readOnly = true)
    public ConfirmationRound find(long roundId) {
        resources.requireEditorRole();
        ConfirmationRound round = store.find(roundId).orElseThrow(() -> new ResourceNotFoundException("round " + roundId));
        resources.requireEditor(round.municipalityCode());
        return round;
    }

    /** The municipality a round belongs to (for the page to return to), for its editor. */
    @Transactional(readOnly = true)
    public String municipalityOf(long roundId) {
        return find(roundId).municipalityCode();
    }

    /** A proposal answers the open request of its resource, as confirming does (in the proposal's transaction). */
    @EventListener
    void on(ResourceProposed proposed) {
        store.answer(proposed.resourceId(), PROPOSED, proposed.proposedBy(), proposed.at());
    }
}
