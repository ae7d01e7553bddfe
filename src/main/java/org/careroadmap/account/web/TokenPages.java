package org.careroadmap.account.web;

import org.careroadmap.account.ApiToken;
import org.careroadmap.account.ApiTokens;
import org.careroadmap.platform.FieldMessages;
import org.careroadmap.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.jspecify.annotations.Nullable;

/**
 * APIトークン: a person's own API tokens (make, see once, revoke) and the administrator's list of every token
 * in the prefecture. A new token is shown in the answer to the form itself — never through a redirect, whose
 * flash attributes would put it into the session table.
 */
@Controller
class TokenPages {

    private final ApiTokens tokens;
    private final FieldMessages messages;

    TokenPages(ApiTokens tokens, FieldMessages messages) {
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping("/account/tokens")
    String own(Model model) {
        return ownPage(model);
    }

    @PostMapping("/account/tokens")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) String lifetimeDays,
                  @RequestParam(defaultValue = "false") boolean readOnly, Model model) {
        try {
            ApiToken.Issued issued = tokens.create(name, lifetimeDays, readOnly);
            model.addAttribute("issued", issued);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", messages.byField(e.problems()));
            model.addAttribute("name", name);
        }
        return ownPage(model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revokeOwn(id);
        redirect.addFlashAttribute("saved", "token.revoked");
        return "redirect:/account/tokens";
    }

    @GetMapping("/admin/tokens")
    String all(Model model) {
        model.addAttribute("tokens", rows(tokens.listForAdministrator()));
        return "account/admin-tokens";
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revokeAsAdministrator(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revokeAsAdministrator(id);
        redirect.addFlashAttribute("saved", "token.revoked");
        return "redirect:/admin/tokens";
    }

    /** A token as a table row: times in Japan's time zone, and its state as a message key. */
    record Row(ApiToken token, String created, String expires, String lastUsed, String stateKey) {
    }

    private static java.util.List<Row> rows(java.util.List<ApiToken> list) {
        java.time.Instant now = java.time.Instant.now();
        return list.stream().map(t -> new Row(t, time(t.createdAt()), time(t.expiresAt()), time(t.lastUsedAt()),
                t.revokedAt() != null ? "token.state.revoked" : t.activeAt(now) ? "token.state.active" : "token.state.expired"))
                .toList();
    }

    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.of("Asia/Tokyo"));

    private static String time(java.time.@Nullable Instant instant) {
        return instant == null ? "—" : TIME.format(instant);
    }

    private String ownPage(Model model) {
        model.addAttribute("tokens", rows(tokens.own()));
        return "account/tokens";
    }
}
