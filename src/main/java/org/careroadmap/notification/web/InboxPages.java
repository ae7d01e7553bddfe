package org.careroadmap.notification.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.careroadmap.notification.Inbox;
import org.careroadmap.notification.NotificationKind;
import org.careroadmap.notification.NoticeText;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** お知らせ: the signed-in person's inbox and their e-mail choices. Plain forms; no script needed. */
@Controller
class InboxPages {

    /** A line as the page shows it. */
    record Line(long id, String text, String time, boolean unread) {
    }

    private final Inbox inbox;
    private final NoticeText text;
    private final org.careroadmap.reference.Labels labels;

    InboxPages(Inbox inbox, NoticeText text, org.careroadmap.reference.Labels labels) {
        this.inbox = inbox;
        this.text = text;
        this.labels = labels;
    }

    @GetMapping("/notifications")
    String list(Model model) {
        List<Line> lines = inbox.list().stream().map(n -> new Line(n.id(), text.line(n, LocaleContextHolder.getLocale()),
                labels.time(n.createdAt()), n.unread())).toList();
        model.addAttribute("lines", lines);
        model.addAttribute("kinds", NotificationKind.values());
        model.addAttribute("mailed", inbox.mailedKinds());
        return "notification/inbox";
    }

    /** Opening a notification marks it read and goes to its page. */
    @PostMapping("/notifications/{id}/open")
    String open(@PathVariable long id) {
        return "redirect:" + inbox.open(id).orElse("/notifications");
    }

    @PostMapping("/notifications/read")
    String readAll(RedirectAttributes redirect) {
        inbox.markAllRead();
        redirect.addFlashAttribute("saved", "notification.allRead");
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/mail")
    String mail(@RequestParam(name = "kind", required = false) List<String> kinds, RedirectAttributes redirect) {
        Set<NotificationKind> chosen = EnumSet.noneOf(NotificationKind.class);
        if (kinds != null) {
            for (String k : kinds) {
                for (NotificationKind kind : NotificationKind.values()) {
                    if (kind.name().equals(k)) {
                        chosen.add(kind);
                    }
                }
            }
        }
        inbox.mailOnlyFor(chosen);
        redirect.addFlashAttribute("saved", "notification.mailSaved");
        return "redirect:/notifications";
    }
}
