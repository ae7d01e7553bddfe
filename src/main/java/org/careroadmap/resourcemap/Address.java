package org.careroadmap.resourcemap;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Where a resource is, in the parts of the national layout (所在地_都道府県, _市区町村, _町字, _番地以下, 建物名等). */
public record Address(@Nullable String postalCode, @Nullable String prefecture, @Nullable String city,
                      @Nullable String town, @Nullable String rest, @Nullable String building) {

    /** No address at all. */
    public static final Address NONE = new Address(null, null, null, null, null, null);

    public Address {
        postalCode = Texts.clean(postalCode);
        prefecture = Texts.clean(prefecture);
        city = Texts.clean(city);
        town = Texts.clean(town);
        rest = Texts.clean(rest);
        building = Texts.clean(building);
    }

    /** 所在地_連結表記: the parts joined, as printed and as the public reads it. */
    public String joined() {
        return Stream.of(prefecture, city, town, rest).filter(s -> s != null && !s.isEmpty()).collect(Collectors.joining())
                + (building == null || building.isEmpty() ? "" : " " + building);
    }
}
