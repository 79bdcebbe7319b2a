using Crm.Host.Hosting;

// The composition root reads as a table of contents; each line's details live in its own folder.
return await CrmApplication.RunAsync(args);
