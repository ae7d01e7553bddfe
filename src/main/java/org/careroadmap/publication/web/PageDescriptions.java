package org.careroadmap.publication.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The {@code <meta name="description">} of a public page, in the reader's language (search engines show it). */
@Component
class PageDescriptions {

    private final MessageSource messages;

    PageDescriptions(MessageSource messages) {
        this.messages = messages;
    }

    void describe(Model model, String key, Object... args) {
        model.addAttribute("pageDescription", messages.getMessage(key, args, LocaleContextHolder.getLocale()));
    }
}
