global using FmPortal.Tests.Support;
global using Microsoft.Playwright;
global using static Microsoft.Playwright.Assertions;
