package org.careroadmap.platform;

/** Implemented by the signed-in principal, so modules can learn the actor without knowing the account module. */
public interface ActorPrincipal {

    Actor actor();
}
