package org.careroadmap.resourcemap;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The kinds (種別) a resource can be: the national ones for everyone, and those a prefecture added for its own. */
@Repository
class ResourceKinds {

    private final JdbcClient jdbc;

    ResourceKinds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ResourceKind> of(String prefectureCode) {
        return jdbc.sql("SELECT code, prefecture_code, name, name_en, dataset, position FROM resource_kind "
                        + "WHERE prefecture_code IS NULL OR prefecture_code = ? ORDER BY position, code")
                .param(prefectureCode)
                .query((rs, n) -> new ResourceKind(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6)))
                .list();
    }

    /** Adds a prefecture's kind; the code is the primary key, so a taken code throws {@link DuplicateKeyException}. */
    void add(ResourceKind kind) {
        jdbc.sql("INSERT INTO resource_kind (code, prefecture_code, name, name_en, dataset, position) VALUES (?, ?, ?, ?, ?, ?)")
                .param(kind.code()).param(kind.prefectureCode()).param(kind.name()).param(kind.nameEn()).param(kind.dataset())
                .param(kind.position())
                .update();
    }
}
