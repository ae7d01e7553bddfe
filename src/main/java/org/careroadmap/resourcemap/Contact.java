package org.careroadmap.resourcemap;

import org.jspecify.annotations.Nullable;

/** How to reach a resource in its opening hours (電話番号, 内線番号, FAX番号, メールアドレス, FormURL, URL). */
public record Contact(@Nullable String phone, @Nullable String extension, @Nullable String fax, @Nullable String email,
                      @Nullable String formUrl, @Nullable String url) {

    /** No way of reaching it. */
    public static final Contact NONE = new Contact(null, null, null, null, null, null);

    public Contact {
        phone = Texts.clean(phone);
        extension = Texts.clean(extension);
        fax = Texts.clean(fax);
        email = Texts.clean(email);
        formUrl = Texts.clean(formUrl);
        url = Texts.clean(url);
    }
}
