global using FmPortal.Tests.Support;
