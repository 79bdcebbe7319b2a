using MediatR;
using Microsoft.EntityFrameworkCore;
using TestPlugins.Contracts;

namespace TestPlugins.Stored;

/// <summary>Writes the word as a row, then reads back every stored word through a fresh query.</summary>
public sealed class StoreWordHandler(StoredDbContext database) : IRequestHandler<StoreWordRequest, IReadOnlyList<string>>
{
    public async Task<IReadOnlyList<string>> Handle(StoreWordRequest request, CancellationToken cancellationToken)
    {
        database.Words.Add(new StoredWord { Text = request.Word });
        await database.SaveChangesAsync(cancellationToken);
        return await database.Words.AsNoTracking().OrderBy(w => w.Id).Select(w => w.Text).ToListAsync(cancellationToken);
    }
}
