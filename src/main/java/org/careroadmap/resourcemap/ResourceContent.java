package org.careroadmap.resourcemap;

import java.util.List;

import org.careroadmap.platform.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * Everything a resource says about itself, as edited by a person or read from an open-data row:
 * {@code sourceId} is the open-data ID (or 事業所番号) that identifies it within its municipality across
 * imports; {@code officeCode} is the 事業所番号 or 医療機関コード, always text.
 */
public record ResourceContent(String sourceId, String kindCode, String name, @Nullable String nameKana,
                              @Nullable String nameEn, Address address, @Nullable Coordinates coordinates,
                              Contact contact, @Nullable String corporateNumber, @Nullable String corporateName,
                              @Nullable String officeCode, List<String> services, WeeklyHours hours,
                              @Nullable String availableDays, @Nullable String hoursNote, @Nullable String capacity,
                              @Nullable String beds, boolean closedOnHolidays, boolean closedYearEnd, NightCare night,
                              @Nullable String areaCode, @Nullable String remarks) {

    public static final int NAME_MAX = 200;

    public ResourceContent {
        sourceId = sourceId(sourceId);
        kindCode = Texts.clean(kindCode);
        if (kindCode == null) {
            throw new InvalidValueException("resourcemap.kind.required");
        }
        name = name(name);
        nameKana = Texts.clean(nameKana);
        nameEn = Texts.clean(nameEn);
        address = address == null ? Address.NONE : address;
        contact = contact == null ? Contact.NONE : contact;
        corporateNumber = corporateNumber(corporateNumber);
        corporateName = Texts.clean(corporateName);
        officeCode = officeCode(officeCode);
        services = services == null ? List.of()
                : services.stream().map(Texts::clean).filter(s -> s != null).distinct().toList();
        for (String service : services) {
            if (service.contains(";")) {
                throw new InvalidValueException("resourcemap.service.semicolon", service);
            }
        }
        hours = hours == null ? WeeklyHours.NONE : hours;
        availableDays = Texts.clean(availableDays);
        hoursNote = Texts.clean(hoursNote);
        capacity = Texts.clean(capacity);
        beds = Texts.clean(beds);
        night = night == null ? NightCare.NONE : night;
        areaCode = Texts.clean(areaCode);
        remarks = Texts.clean(remarks);
    }

    /** The open-data ID: half-width letters, digits and {@code - _ .}, up to 40. */
    public static String sourceId(@Nullable String text) {
        String s = Texts.clean(text);
        if (s == null || !s.matches("[0-9A-Za-z_.\\-]{1,40}")) {
            throw new InvalidValueException("resourcemap.sourceId.invalid", s == null ? "" : s);
        }
        return s;
    }

    public static String name(@Nullable String text) {
        String s = Texts.clean(text);
        if (s == null) {
            throw new InvalidValueException("resourcemap.name.required");
        }
        return Texts.limit(s, NAME_MAX, "name");
    }

    /** 法人番号: thirteen digits. */
    public static @Nullable String corporateNumber(@Nullable String text) {
        String s = Texts.clean(text);
        if (s != null && !s.matches("\\d{13}")) {
            throw new InvalidValueException("resourcemap.corporateNumber.invalid", s);
        }
        return s;
    }

    /** 事業所番号 / 医療機関コード: text of letters and digits (real codes carry letters and leading zeros). */
    public static @Nullable String officeCode(@Nullable String text) {
        String s = Texts.clean(text);
        if (s != null && !s.matches("[0-9A-Za-z]{1,20}")) {
            throw new InvalidValueException("resourcemap.officeCode.invalid", s);
        }
        return s;
    }

    /** Every text of the resource, for the free-text search (folded before it is stored). */
    String searchableText() {
        StringBuilder text = new StringBuilder();
        for (String s : new String[] {name, nameKana, nameEn, address.joined(), corporateName, officeCode,
                String.join(" ", services), hoursNote, night.note(), remarks}) {
            if (s != null) {
                text.append(s).append(' ');
            }
        }
        return text.length() > 3900 ? text.substring(0, 3900) : text.toString();
    }
}
