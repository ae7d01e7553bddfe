package org.careroadmap.review.web;

import org.careroadmap.platform.FieldMessages;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.review.ReviewComments;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Starting, answering and resolving comment threads beside the chart. */
@Controller
@RequestMapping("/roadmaps/{id}/comments")
class CommentPages {

    private final ReviewComments comments;
    private final FieldMessages messages;

    CommentPages(ReviewComments comments, FieldMessages messages) {
        this.comments = comments;
        this.messages = messages;
    }

    @PostMapping
    String start(@PathVariable long id, @RequestParam(required = false) String itemId,
                 @RequestParam(required = false) String body, RedirectAttributes redirect) {
        return act(id, redirect, () -> comments.startThread(id, itemId, body));
    }

    @PostMapping("/{threadId}/replies")
    String reply(@PathVariable long id, @PathVariable long threadId, @RequestParam(required = false) String body,
                 RedirectAttributes redirect) {
        return act(id, redirect, () -> comments.reply(id, threadId, body));
    }

    @PostMapping("/{threadId}/resolve")
    String resolve(@PathVariable long id, @PathVariable long threadId,
                   @RequestParam(defaultValue = "true") boolean resolved, RedirectAttributes redirect) {
        return act(id, redirect, () -> comments.resolve(id, threadId, resolved));
    }

    private String act(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", "comment.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("commentError", messages.byField(e.problems()).values().iterator().next());
        }
        return "redirect:/roadmaps/" + id + "#comments";
    }
}
