package org.careroadmap.review;

import java.util.Map;

import org.careroadmap.platform.CurrentActor;
import org.careroadmap.roadmap.ChartPanel;
import org.careroadmap.roadmap.HomePanel;
import org.careroadmap.roadmap.RoadmapDocument;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.jspecify.annotations.Nullable;

/** What the review shows on the chart (comment threads) and on the home page (the open round). */
@Configuration(proxyBeanMethods = false)
class ReviewPanels {

    /** Model of the comments beside a chart. */
    public record CommentsPanel(boolean visible, boolean writable, Map<String, java.util.List<ReviewComment.Thread>> threads,
                                int unresolved) {
    }

    @Bean
    ChartPanel commentsPanel(ReviewComments comments) {
        return new ChartPanel() {
            @Override
            public String name() {
                return "comments";
            }

            @Override
            public Object model(RoadmapDocument document) {
                boolean visible = comments.mayRead(document);
                return new CommentsPanel(visible, comments.mayWrite(document),
                        visible ? comments.threads(document) : Map.of(),
                        visible ? comments.unresolved(document.roadmap().id()) : 0);
            }

            @Override
            public org.careroadmap.platform.StateQuery version(long roadmapId) {
                return comments.version(roadmapId);
            }
        };
    }

    @Bean
    HomePanel openRoundPanel(SubmissionRounds rounds, CurrentActor currentActor) {
        return new HomePanel() {
            @Override
            public String name() {
                return "openRound";
            }

            @Override
            public @Nullable Object model() {
                var actor = currentActor.get();
                if (actor.isAnonymous() || actor.prefectureCode() == null) {
                    return null;
                }
                return rounds.current(actor.prefectureCode()).orElse(null);
            }
        };
    }
}
