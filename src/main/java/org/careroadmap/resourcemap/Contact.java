package org.careroadmap.resourcemap;

/** How to reach a resource in its opening hours (電話番号, 内線番号, FAX番号, メールアドレス, FormURL, URL). */
public record Contact(String phone, String extension, String fax, String email, String formUrl, String url) {

    public Contact {
        phone = Texts.clean(phone);
        extension = Texts.clean(extension);
        fax = Texts.clean(fax);
        email = Texts.clean(email);
        formUrl = Texts.clean(formUrl);
        url = Texts.clean(url);
    }
}
