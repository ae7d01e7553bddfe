package org.careroadmap.roadmap;

import java.util.UUID;

import org.careroadmap.reference.FiscalYear;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One 工程 arrow of an item: a measure written briefly, drawn over the fiscal-year columns from
 * its start to its end year; {@code continues} (継続) marks an arrow that goes on past its end.
 */
@Table("roadmap_arrow")
public class Arrow {

    @Id
    private final String id;
    private String label;
    private int startYear;
    private int endYear;
    private boolean continues;

    @PersistenceCreator
    Arrow(String id, String label, int startYear, int endYear, boolean continues) {
        this.id = id;
        this.label = label;
        this.startYear = startYear;
        this.endYear = endYear;
        this.continues = continues;
    }

    static Arrow create(ArrowContent content) {
        return new Arrow(UUID.randomUUID().toString(), content.label(), content.span().start().value(),
                content.span().end().value(), content.continues());
    }

    void change(ArrowContent content) {
        this.label = content.label();
        this.startYear = content.span().start().value();
        this.endYear = content.span().end().value();
        this.continues = content.continues();
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public FiscalYear start() {
        return FiscalYear.of(startYear);
    }

    public FiscalYear end() {
        return FiscalYear.of(endYear);
    }

    public ArrowSpan span() {
        return new ArrowSpan(start(), end());
    }

    public boolean continues() {
        return continues;
    }

    public ArrowContent content() {
        return new ArrowContent(label, span(), continues);
    }
}
