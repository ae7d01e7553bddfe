package org.careroadmap.resourcemap;

import java.sql.Timestamp;
import java.util.List;

import org.careroadmap.account.AccountDirectory;
import org.careroadmap.platform.Actor;
import org.careroadmap.platform.Role;
import org.careroadmap.platform.InvalidValueException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which provider account (事業所, role {@link Role#PROVIDER}) speaks for which resource. The municipality's
 * editor links an account of its own municipality to a resource; a provider then reaches that resource
 * only. The link is in the database, so every node sees it.
 */
@Service
public class ProviderLinks {

    private final ResourceMapContext context;
    private final AccountDirectory people;

    ProviderLinks(ResourceMapContext context, AccountDirectory people) {
        this.context = context;
        this.people = people;
    }

    /** The provider accounts linked to a resource, for its municipality's editor. */
    @Transactional(readOnly = true)
    public List<String> of(long resourceId) {
        context.resources().requireEditor(context.resources().get(resourceId).municipalityCode());
        return usernames(resourceId);
    }

    List<String> usernames(long resourceId) {
        return context.jdbc().sql("SELECT username FROM resource_provider WHERE resource_id = ? ORDER BY username")
                .param(resourceId).query(String.class).list();
    }

    /** Links a provider account of the resource's municipality; linking it twice changes nothing. */
    @Transactional
    public void link(long resourceId, String username) {
        Resource resource = context.resources().get(resourceId);
        Actor editor = context.resources().requireEditor(resource.municipalityCode());
        String name = username == null ? "" : username.strip();
        boolean provider = people.byUsername(name).filter(p -> p.role() == Role.PROVIDER
                && resource.municipalityCode().equals(p.municipalityCode())).isPresent();
        if (!provider) {
            throw new InvalidValueException("resourcemap.provider.notProvider", name);
        }
        if (usernames(resourceId).contains(name)) {
            return;
        }
        var now = context.resources().clock().instant();
        context.jdbc().sql("INSERT INTO resource_provider (resource_id, username, linked_by, linked_at) VALUES (?, ?, ?, ?)")
                .params(resourceId, name, editor.recordedName(), Timestamp.from(now)).update();
        context.history().record(resourceId, resource.municipalityCode(), "providerLinked", "provider: " + name,
                editor.recordedName(), now);
    }

    @Transactional
    public void unlink(long resourceId, String username) {
        Resource resource = context.resources().get(resourceId);
        Actor editor = context.resources().requireEditor(resource.municipalityCode());
        int removed = context.jdbc().sql("DELETE FROM resource_provider WHERE resource_id = ? AND username = ?")
                .params(resourceId, username).update();
        if (removed > 0) {
            context.history().record(resourceId, resource.municipalityCode(), "providerUnlinked", "provider: " + username,
                    editor.recordedName(), context.resources().clock().instant());
        }
    }

    /** The resources the signed-in provider speaks for, in name order. */
    @Transactional(readOnly = true)
    public List<Resource> ownResources() {
        Actor actor = requireProviderRole();
        List<Long> ids = context.jdbc().sql("SELECT resource_id FROM resource_provider WHERE username = ? ORDER BY resource_id")
                .param(actor.username()).query(Long.class).list();
        return ids.stream().map(context.resources()::get).toList();
    }

    /** The resource, if the signed-in provider speaks for it; 404 if there is none, 403 if it is not its own. */
    public Resource requireOwn(long resourceId) {
        Actor actor = requireProviderRole();
        Resource resource = context.resources().get(resourceId);
        if (!usernames(resourceId).contains(actor.username())) {
            throw new AccessDeniedException("not a provider of resource " + resourceId);
        }
        return resource;
    }

    /** Refuses anyone who is no provider before anything is looked up. */
    public Actor requireProviderRole() {
        Actor actor = context.actors().get();
        if (actor.role() != Role.PROVIDER || actor.username() == null) {
            throw new AccessDeniedException("not a provider");
        }
        return actor;
    }
}
