package org.careroadmap.resourcemap.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.careroadmap.resourcemap.Resource;
import org.careroadmap.resourcemap.ResourceContent;
import org.careroadmap.resourcemap.WeeklyHours;
import org.jspecify.annotations.Nullable;

/** A resource in the JSON API: every field, hours per weekday as {@code "mon": ["09:00-12:00", …]}. */
record ResourceJson(long id, String municipalityCode, String sourceId, String kind, String name, @Nullable String nameKana,
                    @Nullable String nameEn, Map<String, String> address, @Nullable BigDecimal latitude,
                    @Nullable BigDecimal longitude, Map<String, String> contact, @Nullable String corporateNumber,
                    @Nullable String corporateName, @Nullable String officeCode, List<String> services,
                    Map<String, List<String>> hours, boolean closedOnHolidays, boolean closedYearEnd,
                    @Nullable String availableDays, @Nullable String hoursNote, @Nullable String capacity,
                    @Nullable String beds, Map<String, Object> night, @Nullable String area, @Nullable String remarks,
                    @Nullable LocalDate confirmedOn, @Nullable String confirmedBy, long version) {

    static ResourceJson of(Resource r) {
        ResourceContent c = r.content();
        Map<String, String> address = new LinkedHashMap<>();
        address.put("postalCode", c.address().postalCode());
        address.put("prefecture", c.address().prefecture());
        address.put("city", c.address().city());
        address.put("town", c.address().town());
        address.put("rest", c.address().rest());
        address.put("building", c.address().building());
        address.put("joined", c.address().joined());
        Map<String, String> contact = new LinkedHashMap<>();
        contact.put("phone", c.contact().phone());
        contact.put("extension", c.contact().extension());
        contact.put("fax", c.contact().fax());
        contact.put("email", c.contact().email());
        contact.put("formUrl", c.contact().formUrl());
        contact.put("url", c.contact().url());
        Map<String, List<String>> hours = new LinkedHashMap<>();
        for (int day = 1; day <= 7; day++) {
            hours.put(WeeklyHours.SHORT_NAMES.get(day - 1), c.hours().on(day).stream().map(Object::toString).toList());
        }
        Map<String, Object> night = new LinkedHashMap<>();
        night.put("contact", c.night().contact());
        night.put("note", c.night().note());
        night.put("open24h", c.night().open24h());
        night.put("homeVisits", c.night().homeVisits());
        night.put("endOfLifeCare", c.night().endOfLifeCare());
        night.put("palliativeCare", c.night().palliativeCare());
        return new ResourceJson(r.id(), r.municipalityCode(), c.sourceId(), c.kindCode(), c.name(), c.nameKana(), c.nameEn(),
                address, c.coordinates() == null ? null : c.coordinates().latitude(),
                c.coordinates() == null ? null : c.coordinates().longitude(), contact, c.corporateNumber(), c.corporateName(),
                c.officeCode(), c.services(), hours, c.closedOnHolidays(), c.closedYearEnd(), c.availableDays(), c.hoursNote(),
                c.capacity(), c.beds(), night, c.areaCode(), c.remarks(), r.confirmedOn(), r.confirmedBy(), r.version());
    }
}
