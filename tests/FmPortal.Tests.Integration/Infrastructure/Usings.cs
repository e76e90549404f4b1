global using FmPortal.Tests.Support;
global using Mediator;
